// Runs work once the frame being drawn is on screen: a message posted from a frame callback arrives
// after that frame was produced, so what a screen fetches ahead never delays its own first paint.
export function afterNextPaint(work: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) work();
  };
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    channel.port1.close();
  };
}
