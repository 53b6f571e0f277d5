/** The legend key of each space kind, for labels outside the side panel (plan hover, tooltips). */
import type { SpaceKind } from '../../../models/index.ts';
import type { en } from '../locales/en.ts';

export const SPACE_KIND_KEY: Readonly<Record<SpaceKind, keyof typeof en.legend>> = {
  room: 'room',
  corridor: 'corridor',
  lobby: 'lobby',
  stair: 'stair',
  'elevator-lobby': 'elevatorLobby',
  shop: 'shop',
  refuge: 'refuge',
  other: 'other',
};
