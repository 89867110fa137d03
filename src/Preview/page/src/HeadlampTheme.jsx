// Headlamp's own MUI theme: the app theme selected in the Redux store (light/dark/…, plugins may
// add more) turned into a MUI theme by the lib's createMuiTheme.
import CssBaseline from '@mui/material/CssBaseline';
import { StyledEngineProvider, ThemeProvider } from '@mui/material/styles';
import { useMemo } from 'react';
import { useAppThemes } from '@headlamp/components/App/themeSlice.js';
import { createMuiTheme } from '@headlamp/lib/themes.js';
import { useTypedSelector } from '@headlamp/redux/hooks.js';

export default function HeadlampTheme({ children }) {
  const themeName = useTypedSelector(state => state.theme.name);
  const appThemes = useAppThemes();
  const appTheme =
    appThemes.find(theme => theme.name === themeName) ??
    appThemes.find(theme => theme.name === 'light') ??
    appThemes[0];
  const muiTheme = useMemo(() => createMuiTheme(appTheme), [appTheme]);

  return (
    <StyledEngineProvider injectFirst>
      <ThemeProvider theme={muiTheme}>
        <CssBaseline enableColorScheme />
        {children}
      </ThemeProvider>
    </StyledEngineProvider>
  );
}
