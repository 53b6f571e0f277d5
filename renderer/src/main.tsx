/** Renderer entry: language from the OS/browser locale, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initI18n, localeFromLanguageTag } from './i18n.ts';
import './styles.css';

initI18n(localeFromLanguageTag(navigator.language));

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
