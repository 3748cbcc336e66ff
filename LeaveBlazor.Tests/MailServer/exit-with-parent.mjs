// Loaded into MailDev's process by the test fixture (node --import). The fixture holds this process's stdin open;
// when the test run ends in any way, a crash included, the pipe closes and MailDev goes with it instead of
// holding its ports.
const quit = () => process.exit(0);
process.stdin.on('end', quit);
process.stdin.on('close', quit);
process.stdin.on('error', quit);
process.stdin.resume();
