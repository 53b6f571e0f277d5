/**
 * The scenario editor for components deep in the viewer (the plan view picks doors, stairs and site
 * positions) without threading it through every layer. Null outside an editable document.
 */
import { createContext, useContext } from 'react';
import type { ScenarioEditor } from './use-scenario-editor.ts';

export const ScenarioEditContext = createContext<ScenarioEditor | undefined>(undefined);

export function useScenarioEdit(): ScenarioEditor | undefined {
  return useContext(ScenarioEditContext);
}
