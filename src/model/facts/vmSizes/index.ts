/** VM sizes: vCPU and memory, sourced per series. */
export {
	vmSizes,
	vmSizeByName,
	VM_SIZES_CHECKED,
	VM_FAMILIES,
	VM_FAMILY_LABEL,
	VM_PRICE_REGION,
} from './vmSizeTable.ts';
export type { VmSize, VmFamily } from './vmSizeTable.ts';
export { SIZE_METERS, PRICE_OSES } from './sizeMeters.ts';
export type { SizeMeterSource } from './sizeMeters.ts';
export type { VmSizePrice } from './vmSizeTable.ts';
