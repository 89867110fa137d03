// The simulated cluster's scenario, as the preview server describes it: {name, title, description}.
import { useQuery } from '@tanstack/react-query';

async function fetchScenario() {
  const response = await fetch('/preview/scenario', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`GET /preview/scenario answered ${response.status}`);
  }
  return response.json();
}

export default function useScenario() {
  return useQuery({ queryKey: ['preview-scenario'], queryFn: fetchScenario, staleTime: Infinity, retry: 1 });
}
