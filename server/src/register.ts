// Register phase: hooks that must exist before any document is written (the cross-field validation).
import type { Core } from '@strapi/strapi';
import { createValidationMiddleware } from './validation/document-middleware';

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  strapi.documents.use(createValidationMiddleware(strapi));
};

export default register;
