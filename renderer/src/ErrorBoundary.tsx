/** Shows `fallback` instead of a crashed subtree (e.g. the 3D view when WebGL cannot start). */
import { Component, type ReactNode } from 'react';

interface Props {
  fallback: ReactNode;
  /** Changing this key clears a previous error (e.g. when another building is loaded). */
  resetKey: unknown;
  children: ReactNode;
}

interface State {
  error: unknown;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    console.warn('Lifeline: a view failed and was replaced by a message:', error);
  }

  override render(): ReactNode {
    return this.state.error !== null ? this.props.fallback : this.props.children;
  }
}
