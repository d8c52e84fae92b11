// The privacy plugin is an ordinary dependency (package strapi-plugin-privacy): no `resolve` needed.
export default ({ env }: { env: any }) => ({
  privacy: {
    // PRIVACY_ENABLED=false boots the app without the plugin (the benchmark's boot-cost baseline).
    enabled: env.bool('PRIVACY_ENABLED', true),
    config: {
      publicAccess: env.bool('PRIVACY_PUBLIC_ACCESS', true),
    },
  },
  // GRAPHQL_ENABLED=false shows the plugin loading without GraphQL.
  graphql: { enabled: env.bool('GRAPHQL_ENABLED', true), config: { landingPage: false, defaultLimit: 25, maxLimit: 100, depthLimit: 10 } },
});
