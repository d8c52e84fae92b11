// Typed access to the plugin's services, so a controller never guesses a service's shape.
import type { Core } from '@strapi/strapi';
import type { DocumentsService } from '../services/documents';

interface Services {
  documents: DocumentsService;
}

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('privacy').service(name) as unknown as Services[Name];
