// "/" opens the first top-level sidebar entry a plugin registered, so a newcomer lands on the plugin;
// without one it opens the cluster's own Headlamp overview.
import { Redirect, Route, Switch } from 'react-router-dom';
import { useTypedSelector } from '@headlamp/redux/hooks.js';

export function landingUrl(sidebarEntries, clusterName) {
  const entry = Object.values(sidebarEntries).find(candidate => !candidate.parent && candidate.url);
  const clusterPrefix = `/c/${encodeURIComponent(clusterName)}`;
  if (!entry) {
    return `${clusterPrefix}/`;
  }
  const useClusterURL = entry.useClusterURL ?? true;
  return useClusterURL ? `${clusterPrefix}${entry.url.startsWith('/') ? '' : '/'}${entry.url}` : entry.url;
}

export default function LandingRedirect({ clusterName, children }) {
  const sidebarEntries = useTypedSelector(state => state.sidebar.entries);
  return (
    <Switch>
      <Route exact path="/">
        <Redirect to={landingUrl(sidebarEntries, clusterName)} />
      </Route>
      <Route>{children}</Route>
    </Switch>
  );
}
