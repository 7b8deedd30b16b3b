// Renderer entry, the same in Electron and in the browser.
import '@fontsource-variable/inter';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyPreferences } from './app/preferences';
import './styles.css';

applyPreferences();
const root = document.getElementById('root');
// i18n-exempt: a broken build, for developers
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
