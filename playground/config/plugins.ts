// The privacy plugin is an ordinary dependency (package strapi-plugin-privacy): no `resolve` needed.
export default ({ env }: { env: any }) => ({
  privacy: {
    enabled: true,
    config: {
      publicAccess: env.bool('PRIVACY_PUBLIC_ACCESS', true),
    },
  },
  graphql: { enabled: true, config: { playgroundAlways: false, defaultLimit: 25, maxLimit: 100 } },
});
