// Typed access to the plugin's services, so a controller never guesses a service's shape.
import type { Core } from '@strapi/strapi';
import type { AdminDocumentsService } from '../services/admin-documents';
import type { DocumentsService } from '../services/documents';
import type { EngineService } from '../services/engine';
import type { VersionsService } from '../services/versions';

interface Services {
  'admin-documents': AdminDocumentsService;
  documents: DocumentsService;
  engine: EngineService;
  versions: VersionsService;
}

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('privacy').service(name) as unknown as Services[Name];
