import { Component, type ReactNode } from 'react';
import { translate } from '@/i18n/dictionary';
import { useViewStore } from '@/state/store';

interface Props {
  children: ReactNode;
  /** Changing this key (e.g. the selected region) clears a previous failure. */
  resetKey?: string;
}

/** Keeps one broken panel from taking the page down; the message stays in the user's language. */
export class PanelBoundary extends Component<Props, { failed: boolean; key?: string }> {
  override state: { failed: boolean; key?: string } = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: { failed: boolean; key?: string }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown) {
    console.error('Panel failed:', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="panel-error" role="alert">
        {translate(useViewStore.getState().lang, 'panelFailed')}
      </div>
    );
  }
}
