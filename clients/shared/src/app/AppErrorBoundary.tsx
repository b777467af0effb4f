import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  children: ReactNode;
  /** Where "Back to cases" goes. */
  onBack: () => void;
  /** The error is cleared when this changes (the user went elsewhere), so another screen gets its chance to render. */
  resetKey: string;
}

/** Catches a render error anywhere in the app and shows what happened with a way back, instead of leaving a blank page. */
export class AppErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("FaultMaven could not draw this page", error, info.componentStack);
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: null });
    }
  }

  override render() {
    if (!this.state.error) {
      return this.props.children;
    }
    return (
      <div className="app-error">
        <div role="alert" className="error">
          <p>Something went wrong and this page could not be shown: {this.state.error.message}</p>
        </div>
        <button
          type="button"
          className="primary"
          onClick={() => {
            this.setState({ error: null });
            this.props.onBack();
          }}
        >
          Back to cases
        </button>{" "}
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
