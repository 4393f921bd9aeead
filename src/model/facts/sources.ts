/** Public sources the facts cite, named once so that a URL is spelled in one place. */
import type { Source } from './fact.ts';

const learn = (path: string, title: string): Source => ({
	url: `https://learn.microsoft.com/azure/${path}`,
	title,
});

export const SOURCES = {
	asrFaq: learn(
		'site-recovery/azure-to-azure-common-questions',
		'Azure-to-Azure disaster recovery: common questions',
	),
	asrFaq2022: {
		url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/site-recovery/azure-to-azure-common-questions.md',
		title: 'Azure-to-Azure common questions (2022 revision, page history)',
	},
	asrSupport: learn(
		'site-recovery/azure-to-azure-support-matrix',
		'Support matrix for Azure VM disaster recovery between regions',
	),
	asrTrustedLaunch: learn(
		'site-recovery/concepts-trusted-vm',
		'Azure Site Recovery support for Azure trusted launch virtual machines',
	),
	asrSharedDisks: learn(
		'site-recovery/shared-disk-support-matrix',
		'Support matrix for Azure Site Recovery shared disks',
	),
	asrZoneToZone: learn(
		'site-recovery/azure-to-azure-how-to-enable-zone-to-zone-disaster-recovery',
		'Enable zone-to-zone disaster recovery for Azure VMs',
	),
	asrHighChurn: learn(
		'site-recovery/concepts-azure-to-azure-high-churn-support',
		'Azure VM disaster recovery: High Churn support',
	),
	asrDrill: learn(
		'site-recovery/azure-to-azure-tutorial-dr-drill',
		'Run a disaster recovery drill for Azure VMs',
	),
	asrRecoveryPlans: learn('site-recovery/recovery-plan-overview', 'About recovery plans'),
	asrReliability: learn(
		'reliability/reliability-site-recovery',
		'Reliability in Azure Site Recovery',
	),
	asrSla: {
		url: 'https://www.microsoft.com/licensing/docs/view/Service-Level-Agreements-SLA-for-Online-Services',
		title: 'Service Level Agreements for Online Services',
	},
	asrBlog2024: {
		url: 'https://techcommunity.microsoft.com/blog/azurestorageblog/protecting-azure-vm-against-zonalregional-outages-using-azure-site-recovery-and-/4033280',
		title: 'Protecting Azure VMs against zonal and regional outages (Azure Storage blog)',
	},
	asrPriceGuide: {
		url: 'https://microsoftnegotiations.com/blog/azure-site-recovery-licensing-guide',
		title: 'Azure Site Recovery licensing guide (third party)',
	},
	asrPetriGa: {
		url: 'https://www.petri.com/general-availability-azure-site-recovery-azure-vms',
		title: 'General availability of Azure Site Recovery for Azure VMs (Petri, third party)',
	},
	asrUkPricing: {
		url: 'https://azure-calc-uk-3n7.pages.dev/guides/azure-site-recovery-pricing-uk',
		title: 'Azure Site Recovery pricing UK guide (third party)',
	},
	asrRetentionIssue: {
		url: 'https://github.com/MicrosoftDocs/azure-docs/issues/87419',
		title: 'MicrosoftDocs/azure-docs issue 87419: retention and app-consistent defaults',
	},
	backupReliability: learn('reliability/reliability-backup', 'Reliability in Azure Backup'),
	backupCrr: learn(
		'backup/backup-create-recovery-services-vault#set-cross-region-restore',
		'Create a Recovery Services vault: set Cross Region Restore',
	),
	backupEnhanced: learn(
		'backup/backup-azure-vms-enhanced-policy',
		'Back up an Azure VM using Enhanced policy',
	),
	backupInstantRestore: learn(
		'backup/backup-instant-restore-capability',
		'Azure Backup instant restore capability',
	),
	backupVaultRestoreIssue: {
		url: 'https://github.com/MicrosoftDocs/azure-docs/issues/23790',
		title: 'MicrosoftDocs/azure-docs issue 23790: restore times (Microsoft reply)',
	},
	backupCrrAnnounce: {
		url: 'https://agoratech.eu/2020/04/29/cross-region-restore-for-azure-virtual-machines-using-azure-backup',
		title: 'Cross Region Restore for Azure VMs (repost of the Azure update, third party)',
	},
	backupPricing: {
		url: 'https://azure.microsoft.com/pricing/details/backup/',
		title: 'Azure Backup pricing',
	},
	backupPricingAnnouncement: {
		url: 'https://www.eweek.com/cloud/microsoft-introduces-cost-cutting-azure-backup-billing',
		title: 'eWeek: Microsoft introduces cost-cutting Azure Backup billing',
	},
	backupInstanceBandsQa: {
		url: 'https://learn.microsoft.com/en-us/answers/questions/2128908/understanding-the-azure-backup-estimate-calculator',
		title: 'Microsoft Q&A: Understanding the Azure Backup estimate calculator',
	},
	storageRedundancy: learn('storage/common/storage-redundancy', 'Azure Storage redundancy'),
	blobSoftDelete: learn('storage/blobs/soft-delete-blob-overview', 'Soft delete for blobs'),
	containerSoftDelete: learn(
		'storage/blobs/soft-delete-container-overview',
		'Soft delete for containers',
	),
	storageBlobReliability: learn(
		'reliability/reliability-storage-blob',
		'Reliability in Azure Blob Storage',
	),
	storagePriority: learn(
		'storage/common/storage-redundancy-priority-replication',
		'Geo priority replication',
	),
	storageDrGuidance: learn(
		'storage/common/storage-disaster-recovery-guidance',
		'Azure storage disaster recovery planning and failover',
	),
	sqlAgPerformance: {
		url: 'https://learn.microsoft.com/sql/database-engine/availability-groups/windows/monitor-performance-for-always-on-availability-groups',
		title: 'Monitor performance for Always On availability groups (estimating failover time)',
	},
	sqlVmHadr: learn(
		'azure-sql/virtual-machines/windows/business-continuity-high-availability-disaster-recovery-hadr-overview',
		'Business continuity and HADR for SQL Server on Azure VMs',
	),
	unmanagedRetirement: learn(
		'virtual-machines/unmanaged-disks-deprecation',
		'Migrate your Azure unmanaged disks by March 31, 2026',
	),
	diskReliability: learn(
		'reliability/reliability-storage-disk',
		'Reliability in Azure Disk Storage',
	),
	diskTypes: {
		url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/disks-types',
		title: 'Azure managed disk types',
	},
	ultraDisks: learn('virtual-machines/disks-enable-ultra-ssd', 'Using Azure Ultra Disks'),
	premiumV2Nonzonal: learn(
		'virtual-machines/disks-deploy-nonzonal-premium-v2',
		'Deploy a nonzonal Premium SSD v2 managed disk',
	),
	diskBilling: {
		url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/disks-understand-billing',
		title: 'Understand Azure Disk Storage billing',
	},
	windowsOsDiskSize: {
		url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/windows/expand-os-disk',
		title: 'Expand virtual hard disks attached to a Windows virtual machine',
	},
	linuxOsDiskSize: {
		url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/linux/expand-disks',
		title: 'Expand virtual hard disks on a Linux VM',
	},
	hddRetirement: learn(
		'virtual-machines/disks-hdd-os-retirement',
		'Standard HDD OS disk retirement',
	),
	incrementalSnapshots: learn(
		'virtual-machines/disks-incremental-snapshots',
		'Create an incremental snapshot for managed disks',
	),
	snapshotCopy: learn(
		'virtual-machines/disks-copy-incremental-snapshot-across-regions',
		'Copy an incremental snapshot to a new region',
	),
	iaasDiskDr: learn(
		'virtual-machines/backup-and-disaster-recovery-for-azure-iaas-disks',
		'Backup and disaster recovery for Azure IaaS disks',
	),
	restorePoints: learn(
		'virtual-machines/virtual-machines-create-restore-points',
		'Overview of VM restore points',
	),
	restorePointLimits: learn(
		'virtual-machines/concepts-restore-points',
		'Support matrix for VM restore points',
	),
	gallery: learn(
		'virtual-machines/azure-compute-gallery',
		'Store and share images in an Azure Compute Gallery',
	),
	galleryImages: learn(
		'virtual-machines/shared-image-galleries',
		'Generalized and specialized images',
	),
	vmssModes: learn(
		'virtual-machine-scale-sets/orchestration-modes-api-comparison',
		'Orchestration modes API comparison',
	),
	vmssPlacement: learn(
		'virtual-machine-scale-sets/virtual-machine-scale-sets-placement-groups',
		'Working with large virtual machine scale sets',
	),
	standbyPools: learn(
		'virtual-machine-scale-sets/standby-pools-overview',
		'Standby pools for Virtual Machine Scale Sets',
	),
	autoscale: learn(
		'azure-monitor/autoscale/autoscale-understanding-settings',
		'Understand autoscale settings',
	),
	regionsPaired: learn('reliability/regions-paired', 'Azure region pairs and nonpaired regions'),
	regionsList: learn('reliability/regions-list', 'Azure regions list'),
	vcpuQuotas: learn('virtual-machines/quotas', 'Check vCPU quotas'),
	networkLatency: learn(
		'networking/azure-network-latency',
		'Azure network round-trip latency statistics',
	),
	zonesOverview: learn('reliability/availability-zones-overview', 'What are availability zones?'),
	tmMonitoring: learn(
		'traffic-manager/traffic-manager-monitoring',
		'Traffic Manager endpoint monitoring',
	),
	afdBilling: learn('frontdoor/billing', 'Understand Azure Front Door billing'),
	tmEndpointTypes: learn(
		'traffic-manager/traffic-manager-endpoint-types',
		'Traffic Manager endpoints',
	),
	tmFaq: learn(
		'traffic-manager/traffic-manager-faqs',
		'Traffic Manager frequently asked questions',
	),
	tmClassic: {
		url: 'https://learn.microsoft.com/previous-versions/azure/dn768136(v=azure.11)',
		title: 'Traffic Manager (classic) settings, previous versions',
	},
	tmDefaultTtl: learn(
		'architecture/high-availability/reference-architecture-traffic-manager-application-gateway',
		'Multi-region load balancing with Traffic Manager and Application Gateway',
	),
	afdAcceleration: learn(
		'frontdoor/front-door-traffic-acceleration',
		'Traffic acceleration in Azure Front Door',
	),
	afdProbes: learn('frontdoor/health-probes', 'Health probes in Azure Front Door'),
	azCliAfd: {
		url: 'https://github.com/Azure/azure-cli/blob/dev/src/azure-cli/azure/cli/command_modules/cdn/custom/custom_afdx.py',
		title: 'Azure CLI source: az afd origin-group create and update (custom_afdx.py)',
	},
	globalLb: learn('load-balancer/cross-region-overview', 'Global (cross-region) Load Balancer'),
	metricAlerts: learn('azure-monitor/alerts/alerts-types', 'Types of Azure Monitor alerts'),
	wafMetrics: learn(
		'well-architected/reliability/metrics',
		'Well-Architected Framework: recommendations for reliability metrics',
	),
	wafMultiRegion: learn(
		'well-architected/reliability/highly-available-multi-region-design',
		'Well-Architected Framework: highly available multi-region design',
	),
	vmSla18: {
		url: 'https://azure.microsoft.com/support/legal/sla/virtual-machines/v1_8/',
		title: 'SLA for Virtual Machines v1.8',
	},
	vmSla12: {
		url: 'https://azure.microsoft.com/support/legal/sla/virtual-machines/v1_2/',
		title: 'SLA for Virtual Machines v1.2',
	},
	sqlHadr: learn(
		'azure-sql/database/business-continuity-high-availability-disaster-recover-hadr-overview',
		'Azure SQL Database business continuity overview',
	),
	sqlReliability: learn(
		'reliability/reliability-sql-database',
		'Reliability in Azure SQL Database',
	),
	sqlFailoverGroupCmdlet: {
		url: 'https://learn.microsoft.com/powershell/module/az.sql/new-azsqldatabasefailovergroup',
		title: 'New-AzSqlDatabaseFailoverGroup (Az.Sql PowerShell reference)',
	},
	tmCliProfile: {
		url: 'https://learn.microsoft.com/cli/azure/network/traffic-manager/profile',
		title: 'az network traffic-manager profile (Azure CLI reference)',
	},
	tmPowerShellProfile: {
		url: 'https://learn.microsoft.com/powershell/module/az.trafficmanager/new-aztrafficmanagerprofile',
		title: 'New-AzTrafficManagerProfile (Az.TrafficManager PowerShell reference)',
	},
	backupImmutableVault: learn(
		'backup/backup-azure-immutable-vault-concept',
		'Immutable vault for Azure Backup',
	),
	backupEnhancedSoftDelete: learn(
		'backup/backup-azure-enhanced-soft-delete-about',
		'About enhanced soft delete for Azure Backup',
	),
	backupMua: learn(
		'backup/multi-user-authorization-concept',
		'Multi-user authorization using Resource Guard',
	),
	diskBackup: learn('backup/disk-backup-overview', 'Overview of Azure Disk Backup'),
	backupAgentlessMultiDisk: learn(
		'backup/backup-azure-vms-agentless-multi-disk-crash-consistent-overview',
		'Agentless multi-disk crash-consistent backup for Azure VMs',
	),
	backupCrossSubscriptionRestore: learn(
		'backup/backup-azure-arm-restore-vms',
		'Restore Azure VMs in the Azure portal (including cross-subscription restore)',
	),
	confidentialVmOverview: learn(
		'confidential-computing/confidential-vm-overview',
		'About Azure confidential VMs (limitations)',
	),
	backupSupportMatrixIaas: learn(
		'backup/backup-support-matrix-iaas',
		'Support matrix for Azure VM backups',
	),
	zoneDownDrill: learn(
		'resiliency/availability-zone-down-drill-execute',
		'Execute a Zone Down Drill in Infrastructure Resiliency Manager (preview)',
	),
	capacityReservation: learn(
		'virtual-machines/capacity-reservation-overview',
		'On-demand capacity reservation',
	),
	capacityReservationOverallocate: learn(
		'virtual-machines/capacity-reservation-overallocate',
		'Overallocate a capacity reservation',
	),
	chaosStudio: learn('chaos-studio/chaos-studio-overview', 'What is Azure Chaos Studio?'),
	resiliencyInAzure: learn(
		'business-continuity-center/business-continuity-center-overview',
		'Resiliency in Azure (formerly Azure Business Continuity Center)',
	),
	sqlFailoverGroups: learn(
		'azure-sql/database/failover-group-sql-db',
		'Failover groups for Azure SQL Database',
	),
	sqlPricing: {
		url: 'https://azure.microsoft.com/pricing/details/azure-sql-database/single/',
		title: 'Azure SQL Database pricing',
	},
	bandwidthPricing: {
		url: 'https://azure.microsoft.com/pricing/details/bandwidth/',
		title: 'Bandwidth pricing',
	},
	egressBlog: {
		url: 'https://lucidity.cloud/feeds/blog/azure-storage-egress-cost',
		title: 'Azure storage egress cost (Lucidity, third party)',
	},
	azcopyOptimize: learn(
		'storage/common/storage-use-azcopy-optimize',
		'Optimize the performance of AzCopy',
	),
	storageTargets: learn(
		'storage/common/scalability-targets-standard-account',
		'Scalability targets for standard storage accounts',
	),
	sizesDv5: learn('virtual-machines/sizes/general-purpose/dv5-series', 'Dv5 sizes series'),
	sizesDsv5: learn('virtual-machines/sizes/general-purpose/dsv5-series', 'Dsv5 sizes series'),
	sizesDsv6: learn('virtual-machines/sizes/general-purpose/dsv6-series', 'Dsv6 sizes series'),
	sizesBsv2: learn('virtual-machines/sizes/general-purpose/bsv2-series', 'Bsv2-series sizes'),
	sizesDdsv5: learn('virtual-machines/sizes/general-purpose/ddsv5-series', 'Ddsv5 sizes series'),
	sizesBv1: learn('virtual-machines/sizes/general-purpose/bv1-series', 'Bv1 sizes series'),
	sizesEdsv5: learn('virtual-machines/sizes/memory-optimized/edsv5-series', 'Edsv5 sizes series'),
	sizesEsv5: learn('virtual-machines/sizes/memory-optimized/esv5-series', 'Esv5 sizes series'),
	sizesEsv6: learn('virtual-machines/sizes/memory-optimized/esv6-series', 'Esv6 sizes series'),
	sizesFsv2: learn('virtual-machines/sizes/compute-optimized/fsv2-series', 'Fsv2-series sizes'),
	sizesLsv3: learn('virtual-machines/sizes/storage-optimized/lsv3-series', 'Lsv3 sizes series'),
	sizesMsv2: learn('virtual-machines/msv2-mdsv2-series', 'Msv2 and Mdsv2 medium memory series'),
	vmPricing: {
		url: 'https://azure.microsoft.com/pricing/details/virtual-machines/linux/',
		title: 'Linux Virtual Machines pricing',
	},
	windowsVmPricing: {
		url: 'https://azure.microsoft.com/pricing/details/virtual-machines/windows/',
		title: 'Windows Virtual Machines pricing',
	},
	sqlVmPricing: {
		url: 'https://azure.microsoft.com/pricing/details/virtual-machines/sql-server-enterprise/',
		title: 'SQL Server Virtual Machines pricing',
	},
	sqlVmDrReplica: {
		url: 'https://learn.microsoft.com/azure/azure-sql/virtual-machines/windows/business-continuity-high-availability-disaster-recovery-hadr-overview#free-dr-replica-in-azure',
		title: 'Business continuity and HADR for SQL Server on Azure VMs: free DR replica in Azure',
	},
	sqlStandbyReplica: learn(
		'azure-sql/database/standby-replica-how-to-configure',
		'Configure a license-free standby replica for Azure SQL Database',
	),
	hybridBenefit: learn(
		'virtual-machines/windows/hybrid-use-benefit-licensing',
		'Azure Hybrid Benefit for Windows Server',
	),
	retailPricesApi: {
		url: 'https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices',
		title: 'Azure Retail Prices overview (the Retail Prices API)',
	},
	trafficManagerPricing: {
		url: 'https://azure.microsoft.com/pricing/details/traffic-manager/',
		title: 'Traffic Manager pricing',
	},
	frontDoorPricing: {
		url: 'https://azure.microsoft.com/pricing/details/frontdoor/',
		title: 'Azure Front Door pricing',
	},
	dnsPricing: {
		url: 'https://azure.microsoft.com/pricing/details/dns/',
		title: 'Azure DNS pricing',
	},
	privateDnsZone: {
		url: 'https://learn.microsoft.com/azure/dns/private-dns-privatednszone',
		title: 'What is an Azure Private DNS zone?',
	},
	diskPricing: {
		url: 'https://azure.microsoft.com/pricing/details/managed-disks/',
		title: 'Managed Disks pricing',
	},
	seed: {
		url: 'https://vincentlauzon.com/2016/07/11/disaster-recovery-with-azure-virtual-machines/',
		title: 'Disaster Recovery with Azure Virtual Machines (V.-P. Lauzon, 2016, updated 2017)',
	},
} as const satisfies Record<string, Source>;
