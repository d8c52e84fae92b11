// The policy page's core routes (GET /api/policy-page among them), unchanged.
import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::policy-page.policy-page');
