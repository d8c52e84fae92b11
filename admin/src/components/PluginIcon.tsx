// The menu icon: a shield, for data protection.
import { Shield } from '@strapi/icons';

export const PluginIcon = () => <Shield />;
