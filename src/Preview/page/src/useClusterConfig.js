// What Headlamp's Layout does on start: GET /config and store its clusters, keyed by name, in the
// Redux config slice (useClustersConf, the cluster chooser and every cluster route read them there).
import { useQuery } from '@tanstack/react-query';
import { useDispatch } from 'react-redux';
import { request } from '@headlamp/lib/k8s/api/v1/clusterRequests.js';
import { setConfig } from '@headlamp/redux/configSlice.js';

export function clustersByName(config) {
  const clusters = {};
  for (const cluster of config?.clusters ?? []) {
    clusters[cluster.name] = cluster;
  }
  return clusters;
}

export default function useClusterConfig() {
  const dispatch = useDispatch();
  return useQuery({
    queryKey: ['preview-config'],
    queryFn: async () => {
      const config = await request('/config', {}, false, false);
      const clusters = clustersByName(config);
      dispatch(setConfig({ ...config, clusters }));
      return clusters;
    },
    staleTime: Infinity,
    retry: 3,
  });
}
