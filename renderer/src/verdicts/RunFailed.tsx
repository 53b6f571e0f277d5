/**
 * A run that failed, as every tool shows it (People, Water, Trucks, Compare, Debrief): the plain
 * message, the browser's reason and Retry. Test ids `${id}-failed` and `${id}-retry`.
 */
export function RunFailed({
  id,
  message,
  reason,
  retry,
  onRetry,
}: {
  id: string;
  message: string;
  reason: string;
  retry: string;
  onRetry: () => void;
}) {
  return (
    <div className="run-failed" role="alert" data-testid={`${id}-failed`}>
      <p>{message}</p>
      <p className="run-failed-reason">{reason}</p>
      <button type="button" data-testid={`${id}-retry`} onClick={onRetry}>
        {retry}
      </button>
    </div>
  );
}
