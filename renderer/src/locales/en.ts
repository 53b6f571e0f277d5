/** English UI strings. The source of truth for keys: zh-CN.ts must have exactly the same shape. */
export const en = {
  app: {
    title: 'Lifeline',
    subtitle: 'High-rise evacuation drill simulator',
  },
  language: {
    label: 'Language',
    en: 'English',
    zhCN: '中文',
  },
  source: {
    sample: 'Sample building',
    noSamples: 'No sample buildings in this build',
    open: 'Open…',
    openHint: 'Open a building model (.json)',
  },
  building: {
    heading: 'Building',
    name: 'Name',
    file: 'File',
    storeys: 'Storeys',
    occupants: 'Occupants',
    stairs: 'Stairs',
    height: 'Height',
  },
  validation: {
    heading: 'Validation',
    ok: 'No problems found.',
    errors: 'Errors',
    warnings: 'Warnings',
    wholeFile: '(whole file)',
    invalidFile: 'This file cannot be used. Fix the errors below; each names its JSON path.',
  },
  status: {
    loading: 'Loading…',
    noBuilding: 'No building loaded. Choose a sample or open a building file.',
    invalid: 'Nothing to show: the file has errors.',
    readFailed: 'The file could not be read: {{reason}}',
    viewFailed: 'The 3D view is not available on this computer (WebGL could not start).',
  },
  legend: {
    heading: 'Legend',
    room: 'Room',
    corridor: 'Corridor',
    lobby: 'Lobby',
    stair: 'Stair',
    elevatorLobby: 'Lift lobby',
    shop: 'Shop',
    refuge: 'Refuge floor / area',
    other: 'Other',
  },
  view: {
    label: '3D view of the building',
    hint: 'Drag to rotate · right-drag to pan · scroll to zoom',
  },
};

/** The same tree of keys with every leaf a string: what every other language must provide. */
export type Messages<T = typeof en> = {
  readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};
