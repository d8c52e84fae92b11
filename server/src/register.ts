// Register phase: hooks that must exist before any document is written (the cross-field validation).
import type { Core } from '@strapi/strapi';
import { createValidationMiddleware } from './validation/document-middleware';
import { EDITABLE_UIDS, UID } from './uids';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): void };
}

/** The generated documents are the public interface: the raw entries stay out of GraphQL's automatic schema. */
const hideRawTypesFromGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension') as unknown as GraphqlExtension;
  for (const uid of [...EDITABLE_UIDS, UID.policyVersion]) extension.shadowCRUD(uid).disable();
};

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  strapi.documents.use(createValidationMiddleware(strapi));
  hideRawTypesFromGraphql(strapi);
};

export default register;
