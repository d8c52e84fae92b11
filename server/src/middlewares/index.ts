// The plugin's named route middlewares: none today (the database guard is mounted on the server, see bootstrap.ts).
export default {};
