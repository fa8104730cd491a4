// hls.js (vendored, see vendor/hls.js/LICENSE) is loaded only when a player opens.
let loading = null;

export function loadHls() {
  if (window.Hls) return Promise.resolve(window.Hls);
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'vendor/hls.js/hls.min.js'; // relative to the page's <base href>
    script.onload = () => resolve(window.Hls);
    script.onerror = () => {
      loading = null;
      reject(new Error('hls.js could not be loaded.'));
    };
    document.head.append(script);
  });
  return loading;
}
