// Log level from STRAPI_LOG_LEVEL (the tests set 'error' to keep their output readable).
export default ({ env }: { env: any }) => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
});
