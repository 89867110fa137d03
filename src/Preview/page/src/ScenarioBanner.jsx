// A strip above the page that says this is a simulated cluster and which scenario it plays.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import useScenario from './useScenario.js';

export default function ScenarioBanner() {
  const { data: scenario, error } = useScenario();
  const label = scenario
    ? `${scenario.title ?? scenario.name} (${scenario.name})`
    : error
      ? 'unknown — the server did not describe it'
      : 'loading…';

  return (
    <Box
      component="header"
      role="banner"
      data-testid="preview-scenario-banner"
      data-scenario={scenario?.name ?? ''}
      sx={{
        gridColumn: '2 / 3',
        gridRow: '1 / 2',
        px: 2,
        py: 1,
        bgcolor: theme => (theme.palette.mode === 'dark' ? '#5c4400' : '#fff4ce'),
        color: 'text.primary',
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Typography variant="body1" component="p" sx={{ fontWeight: 600 }}>
        Kmesh for Headlamp preview · simulated cluster · scenario: {label}
      </Typography>
      {scenario?.description && (
        <Typography variant="body2" component="p">
          {scenario.description}
        </Typography>
      )}
    </Box>
  );
}
