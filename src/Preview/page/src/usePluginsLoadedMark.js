// Marks the moment Headlamp's loader finished running the plugins (their routes and sidebar
// entries are registered by then) as a User Timing entry, for benchmarks and browser tests:
// performance.getEntriesByName('headlamp-plugins-loaded')[0].startTime is milliseconds since navigation.
import { useEffect } from 'react';

export const PLUGINS_LOADED_MARK = 'headlamp-plugins-loaded';

export default function usePluginsLoadedMark(arePluginsLoaded) {
  useEffect(() => {
    if (arePluginsLoaded && performance.getEntriesByName(PLUGINS_LOADED_MARK).length === 0) {
      performance.mark(PLUGINS_LOADED_MARK);
    }
  }, [arePluginsLoaded]);
}
