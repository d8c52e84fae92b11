// The policy page's core controller, unchanged: the benchmark measures Strapi's stock REST route.
import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::policy-page.policy-page');
