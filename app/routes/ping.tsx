// The trivial page: the app shell with one line, no session lookup, no
// database. The benchmark measures every page against it (the ceiling of
// rendering any page on this server).
export default function Ping() {
  return <p>ok</p>;
}
