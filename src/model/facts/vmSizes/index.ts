/** VM sizes: vCPU and memory, sourced per series. */
export { vmSizes, vmSizeByName, VM_SIZES_CHECKED } from './vmSizeTable.ts';
export type { VmSize } from './vmSizeTable.ts';
