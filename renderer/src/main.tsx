/** Renderer entry: language from the OS/browser locale, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initI18n, localeFromLanguageTag } from './i18n.ts';
import { initialSample } from './samples.ts';
import './styles.css';

initI18n(localeFromLanguageTag(navigator.language));
// Fetch the sample the app opens on while React starts (App loads it through the same cached import).
void initialSample()
  ?.load()
  .catch(() => {});

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
