// The plugin id, as the server and the admin both know it.
export const PLUGIN_ID = 'privacy';
