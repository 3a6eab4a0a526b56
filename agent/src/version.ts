// The software version reported on the wire (hello, inventory, health) and by --version.
export const VERSION = '0.1.0';
