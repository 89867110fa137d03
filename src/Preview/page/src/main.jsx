// Entry point: importing the lib's plugin module builds the real window.pluginLib (and initialises
// Headlamp's i18n) before anything renders.
import '@headlamp/plugin/index.js';
import './localIconifyApi.js';
import './monacoLocal.js';
import { createRoot } from 'react-dom/client';
import PreviewApp from './PreviewApp.jsx';
import { addHeadlampListRoutes } from './headlampListRoutes.jsx';

addHeadlampListRoutes();

createRoot(document.getElementById('root')).render(<PreviewApp />);
