// Where the add-in is served from: https://localhost:3000 in development, one setting (ADDIN_BASE_URL)
// for a production build. Shared by webpack.config.js, the scripts and the manifest test.
'use strict';

const { URL } = require('node:url');

/** A wrong setting: reported as its message alone, since a stack trace helps nobody correct it. */
class ConfigurationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigurationError';
    this.stack = `${this.name}: ${message}`;
  }
}

const DEV_PORT = 3000;
const DEV_BASE_URL = `https://localhost:${DEV_PORT}`;

/**
 * The base URL a production build is served from: ADDIN_BASE_URL, or the dev server when unset.
 * Office refuses add-in pages over plain HTTP, so anything but an https origin (with an optional
 * path) stops the build rather than shipping a manifest Excel cannot load.
 */
function resolveBaseUrl(setting) {
  if (setting === undefined || setting.trim() === '') return DEV_BASE_URL;
  let url;
  try {
    url = new URL(setting.trim());
  } catch {
    throw new ConfigurationError(`ADDIN_BASE_URL is not a URL: ${JSON.stringify(setting)}`);
  }
  if (url.protocol !== 'https:') {
    throw new ConfigurationError(
      `ADDIN_BASE_URL must start with https:// (Office loads add-ins only over HTTPS), got ${JSON.stringify(setting)}`,
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigurationError(
      `ADDIN_BASE_URL must be an origin and path only, got ${JSON.stringify(setting)}`,
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Points every development URL in a text (manifest, functions.json) at the given base URL. */
function rebase(text, baseUrl) {
  return text.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { ConfigurationError, DEV_PORT, DEV_BASE_URL, resolveBaseUrl, rebase };
