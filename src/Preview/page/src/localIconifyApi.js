// Iconify asks its web API (api.iconify.design) for every icon that is not registered in the page.
// The preview has no internet, so the API is pointed at the page's own server, which serves the whole
// mdi set as one static file (build/mdiIconsPlugin.mjs): GET /iconify/mdi.json?icons=… answers all of
// them, and Iconify keeps every icon the answer holds. pluginLib.Iconify is this same module, so
// plugin icons resolve the same way as Headlamp's own.
import { addAPIProvider } from '@iconify/react';
import { getBaseUrl } from '@headlamp/helpers/getBaseUrl.js';

addAPIProvider('', {
  resources: [window.location.origin],
  path: `${getBaseUrl()}/iconify/`,
  maxURL: 2000,
});
