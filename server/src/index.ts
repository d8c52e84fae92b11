// The server side of strapi-plugin-privacy, as Strapi loads it.
import type { Core } from '@strapi/strapi';
import register from './register';
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import middlewares from './middlewares';
import { getService } from './utils/get-service';

export default {
  register,
  bootstrap,
  // Before Strapi closes the database: the versions a publish is still recording after its commit are finished, not cut.
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'versions').idle();
  },
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares,
};
