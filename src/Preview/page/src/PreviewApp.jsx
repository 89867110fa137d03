// The providers Headlamp's own App/AppContainer put around its Layout, rebuilt from the lib's parts:
// the lib ships the store, query client, themes and loader, but not the App component itself.
import { QueryClientProvider } from '@tanstack/react-query';
import { SnackbarProvider } from 'notistack';
import { Provider } from 'react-redux';
import { BrowserRouter } from 'react-router-dom';
import { PreviousRouteProvider } from '@headlamp/components/App/RouteSwitcher.js';
import ErrorBoundary from '@headlamp/components/common/ErrorBoundary/ErrorBoundary.js';
import ErrorPage from '@headlamp/components/common/ErrorPage/ErrorPage.js';
import { getBaseUrl } from '@headlamp/helpers/getBaseUrl.js';
import { queryClient } from '@headlamp/lib/queryClient.js';
import Plugins from '@headlamp/plugin/Plugins.js';
import store from '@headlamp/redux/stores/store.js';
import { setStore } from '@headlamp/lib/router/createRouteURL.js';
import HeadlampTheme from './HeadlampTheme.jsx';
import PreviewLayout from './PreviewLayout.jsx';

// Headlamp's app hands the store to createRouteURL at start-up (outside the lib); without it, links to
// routes that plugins register resolve to nothing.
setStore(store);

export default function PreviewApp() {
  return (
    <ErrorBoundary fallback={<ErrorPage />}>
      <Provider store={store}>
        <QueryClientProvider client={queryClient}>
          <HeadlampTheme>
            <SnackbarProvider anchorOrigin={{ vertical: 'top', horizontal: 'right' }}>
              <BrowserRouter basename={getBaseUrl()}>
                <PreviousRouteProvider>
                  <Plugins />
                  <PreviewLayout />
                </PreviousRouteProvider>
              </BrowserRouter>
            </SnackbarProvider>
          </HeadlampTheme>
        </QueryClientProvider>
      </Provider>
    </ErrorBoundary>
  );
}
