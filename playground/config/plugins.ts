// The privacy plugin is an ordinary dependency (package strapi-plugin-privacy): no `resolve` needed.
export default ({ env }: { env: any }) => ({
  privacy: {
    // PRIVACY_ENABLED=false boots the app without the plugin (the benchmark's boot-cost baseline).
    enabled: env.bool('PRIVACY_ENABLED', true),
    config: {
      publicAccess: env.bool('PRIVACY_PUBLIC_ACCESS', true),
    },
  },
  graphql: { enabled: true, config: { playgroundAlways: false, defaultLimit: 25, maxLimit: 100 } },
});
