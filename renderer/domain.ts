import type { ParseKeys } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import type { MethodName } from '../shared/domains.ts';

/** One entry of the navigation: a screen of the app's frame. */
export interface Section {
  path: string;
  /** The menu's words (a message key of the domain). */
  label: ParseKeys;
  icon: ComponentType<{ size?: number }>;
  page: ComponentType;
  /** The method the page cannot work without: the section is shown to exactly the roles it admits. */
  reads: MethodName;
}

/** A printout: a whole A4 page without the app's frame, reached by its own route. */
export interface PrintRoute {
  /** A wouter path; a printout's filters are its last segment (not a ?query), so going back changes the hash. */
  path: string;
  render: (params: Readonly<Record<string, string | undefined>>) => ReactNode;
}

/** A domain's part in the renderer: its screens in the navigation and its printouts. */
export interface RendererDomain {
  readonly sections?: readonly Section[];
  readonly printRoutes?: readonly PrintRoute[];
}
