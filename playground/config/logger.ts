// Log level from STRAPI_LOG_LEVEL (the tests set 'error' to keep their output readable).
import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
});
