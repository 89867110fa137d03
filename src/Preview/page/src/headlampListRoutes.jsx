// Routes Headlamp's app defines outside the lib (its lib/router/index.tsx) for the pages the plugin's
// registrations reach into: the Pods and Namespaces tables (table column processors), the Map (map
// sources), a plugin's settings page (registerPluginSettings) and the general settings with Headlamp's language
// selector (the plugin's translations follow it). Same names and paths as Headlamp's, so
// its sidebar entries and createRouteURL find them. Added to the default routes, never replacing others.
import { lazy } from 'react';
import NamespacesList from '@headlamp/components/namespace/List.js';
import PodList from '@headlamp/components/pod/List.js';
import PluginSettingsDetails from '@headlamp/components/App/PluginSettings/PluginSettingsDetails.js';
import Settings from '@headlamp/components/App/Settings/Settings.js';
import { getDefaultRoutes, setDefaultRoutes } from '@headlamp/lib/router/getDefaultRoutes.js';

// Headlamp loads the Map lazily too: it pulls in the ELK layout worker.
const GraphView = lazy(() =>
  import('@headlamp/components/resourceMap/GraphView.js').then(module => ({ default: module.GraphView }))
);

export function addHeadlampListRoutes() {
  setDefaultRoutes({
    ...getDefaultRoutes(),
    pods: { path: '/pods', exact: true, name: 'Pods', sidebar: 'pods', component: () => <PodList /> },
    namespaces: {
      path: '/namespaces',
      exact: true,
      name: 'Namespaces',
      sidebar: 'namespaces',
      component: () => <NamespacesList />,
    },
    map: {
      path: '/map',
      exact: true,
      name: 'Map',
      sidebar: 'map',
      isFullWidth: true,
      component: () => <GraphView height="calc(100vh - 120px)" />,
    },
    settings: {
      path: '/settings/general',
      exact: true,
      name: 'Settings',
      sidebar: { item: 'settingsGeneral', sidebar: 'HOME' },
      useClusterURL: false,
      noAuthRequired: true,
      component: () => <Settings />,
    },
    pluginDetails: {
      path: '/settings/plugins/:name',
      exact: true,
      name: 'Plugin Details',
      sidebar: { item: 'plugins', sidebar: 'HOME' },
      useClusterURL: false,
      noAuthRequired: true,
      component: () => <PluginSettingsDetails />,
    },
  });
}
