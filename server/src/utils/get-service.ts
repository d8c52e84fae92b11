// Typed access to the plugin's services, so a controller never guesses a service's shape.
import type { Core } from '@strapi/strapi';
import type { services } from '../services';

type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('privacy').service(name) as unknown as Services[Name];
