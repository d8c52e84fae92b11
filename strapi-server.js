'use strict';
// Entry for tools that look for strapi-server.js at the package root; the package's exports point to the same build.
module.exports = require('./dist/server');
