/** `bottleneck/light.js` is Bottleneck without its Redis clustering: same API, no typings of its own. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
