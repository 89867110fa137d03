// The page layout Headlamp's Layout component gives (sidebar on the left, routed content on the
// right), with the scenario banner where Headlamp has its top bar.
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import RouteSwitcher from '@headlamp/components/App/RouteSwitcher.js';
import { ActivitiesRenderer } from '@headlamp/components/activity/Activity.js';
import Loader from '@headlamp/components/common/Loader.js';
import Sidebar, { NavigationTabs } from '@headlamp/components/Sidebar/index.js';
import { useTypedSelector } from '@headlamp/redux/hooks.js';
import LandingRedirect from './LandingRedirect.jsx';
import ScenarioBanner from './ScenarioBanner.jsx';
import useClusterConfig from './useClusterConfig.js';
import usePluginsLoadedMark from './usePluginsLoadedMark.js';

function PageContent() {
  const arePluginsLoaded = useTypedSelector(state => state.plugins.loaded);
  const isFullWidth = useTypedSelector(state => state.ui.isFullWidth);
  const config = useClusterConfig();
  usePluginsLoadedMark(arePluginsLoaded);

  if (config.isError) {
    return (
      <Typography role="alert" color="error" sx={{ p: 3 }}>
        The preview server did not answer GET /config: {String(config.error?.message ?? config.error)}
      </Typography>
    );
  }
  if (!config.data || !arePluginsLoaded) {
    return <Loader title="Loading Headlamp and its plugins" />;
  }
  const clusterName = Object.keys(config.data)[0] ?? 'kmesh-preview';
  return (
    <Container maxWidth={isFullWidth ? false : 'lg'}>
      <NavigationTabs />
      <LandingRedirect clusterName={clusterName}>
        <RouteSwitcher requiresToken={() => false} />
      </LandingRedirect>
    </Container>
  );
}

export default function PreviewLayout() {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'min-content 1fr',
        gridTemplateRows: 'min-content 1fr',
        height: '100vh',
        overflow: 'hidden',
      }}
    >
      <ScenarioBanner />
      <Sidebar />
      {/* As in Headlamp's layout: the page and, beside it in one grid, the activity windows ("View YAML" opens one)
          with their task bar below. */}
      <Box
        sx={{
          gridColumn: '2 / 3',
          gridRow: '2 / 3',
          display: 'grid',
          gridTemplateRows: '1fr min-content',
          gridTemplateColumns: 'min-content 1fr',
          position: 'relative',
          overflow: 'hidden',
          minHeight: 0,
        }}
      >
        <Box component="main" id="main" sx={{ gridColumn: '2 / 3', gridRow: '1 / 2', overflow: 'auto', position: 'relative', minHeight: 0, py: 2 }}>
          <PageContent />
        </Box>
        <ActivitiesRenderer />
      </Box>
    </Box>
  );
}
