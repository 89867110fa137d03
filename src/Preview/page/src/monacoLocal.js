// Headlamp's app gives Monaco (the editor behind "View YAML") from its own bundle with loader.config({ monaco })
// instead of the CDN @monaco-editor/react would fetch; the preview does the same so the editor opens offline.
// Only the editor core and the YAML grammar are needed to show a resource.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });
