-- erp-migrate pre-load DDL for sqlserver: schemas, tables, primary keys.
-- Run before the full load with sqlcmd or SSMS; secondary indexes, unique constraints and foreign keys are in post-load.sql.
-- Idempotent: every statement is guarded by SCHEMA_ID / OBJECT_ID.

IF SCHEMA_ID(N'dbo') IS NULL EXEC(N'CREATE SCHEMA [dbo]');
GO

-- dbo.Categories: IDENTITY column: the load must insert the source values with SET IDENTITY_INSERT ON (DMS full load is expected to; check on a test load)
IF OBJECT_ID(N'[dbo].[Categories]', N'U') IS NULL
CREATE TABLE [dbo].[Categories] (
  [CategoryID] int IDENTITY(1,1) NOT NULL,
  [CategoryName] nvarchar(15) NOT NULL,
  [Description] ntext NULL,
  [Picture] image NULL,
  CONSTRAINT [PK_Categories] PRIMARY KEY ([CategoryID])
);
GO

IF OBJECT_ID(N'[dbo].[CustomerCustomerDemo]', N'U') IS NULL
CREATE TABLE [dbo].[CustomerCustomerDemo] (
  [CustomerID] nchar(5) NOT NULL,
  [CustomerTypeID] nchar(10) NOT NULL,
  CONSTRAINT [PK_CustomerCustomerDemo] PRIMARY KEY ([CustomerID], [CustomerTypeID])
);
GO

IF OBJECT_ID(N'[dbo].[CustomerDemographics]', N'U') IS NULL
CREATE TABLE [dbo].[CustomerDemographics] (
  [CustomerTypeID] nchar(10) NOT NULL,
  [CustomerDesc] ntext NULL,
  CONSTRAINT [PK_CustomerDemographics] PRIMARY KEY ([CustomerTypeID])
);
GO

IF OBJECT_ID(N'[dbo].[Customers]', N'U') IS NULL
CREATE TABLE [dbo].[Customers] (
  [CustomerID] nchar(5) NOT NULL,
  [CompanyName] nvarchar(40) NOT NULL,
  [ContactName] nvarchar(30) NULL,
  [ContactTitle] nvarchar(30) NULL,
  [Address] nvarchar(60) NULL,
  [City] nvarchar(15) NULL,
  [Region] nvarchar(15) NULL,
  [PostalCode] nvarchar(10) NULL,
  [Country] nvarchar(15) NULL,
  [Phone] nvarchar(24) NULL,
  [Fax] nvarchar(24) NULL,
  CONSTRAINT [PK_Customers] PRIMARY KEY ([CustomerID])
);
GO

IF OBJECT_ID(N'[dbo].[EmployeeTerritories]', N'U') IS NULL
CREATE TABLE [dbo].[EmployeeTerritories] (
  [EmployeeID] int NOT NULL,
  [TerritoryID] nvarchar(20) NOT NULL,
  CONSTRAINT [PK_EmployeeTerritories] PRIMARY KEY ([EmployeeID], [TerritoryID])
);
GO

-- dbo.Employees: IDENTITY column: the load must insert the source values with SET IDENTITY_INSERT ON (DMS full load is expected to; check on a test load)
IF OBJECT_ID(N'[dbo].[Employees]', N'U') IS NULL
CREATE TABLE [dbo].[Employees] (
  [EmployeeID] int IDENTITY(1,1) NOT NULL,
  [LastName] nvarchar(20) NOT NULL,
  [FirstName] nvarchar(10) NOT NULL,
  [Title] nvarchar(30) NULL,
  [TitleOfCourtesy] nvarchar(25) NULL,
  [BirthDate] datetime NULL,
  [HireDate] datetime NULL,
  [Address] nvarchar(60) NULL,
  [City] nvarchar(15) NULL,
  [Region] nvarchar(15) NULL,
  [PostalCode] nvarchar(10) NULL,
  [Country] nvarchar(15) NULL,
  [HomePhone] nvarchar(24) NULL,
  [Extension] nvarchar(4) NULL,
  [Photo] image NULL,
  [Notes] ntext NULL,
  [ReportsTo] int NULL,
  [PhotoPath] nvarchar(255) NULL,
  CONSTRAINT [PK_Employees] PRIMARY KEY ([EmployeeID])
);
GO

IF OBJECT_ID(N'[dbo].[Order Details]', N'U') IS NULL
CREATE TABLE [dbo].[Order Details] (
  [OrderID] int NOT NULL,
  [ProductID] int NOT NULL,
  [UnitPrice] money NOT NULL CONSTRAINT [DF_Order Details_UnitPrice] DEFAULT ((0)),
  [Quantity] smallint NOT NULL CONSTRAINT [DF_Order Details_Quantity] DEFAULT ((1)),
  [Discount] real NOT NULL CONSTRAINT [DF_Order Details_Discount] DEFAULT ((0)),
  CONSTRAINT [PK_Order_Details] PRIMARY KEY ([OrderID], [ProductID])
);
GO

-- dbo.Orders: IDENTITY column: the load must insert the source values with SET IDENTITY_INSERT ON (DMS full load is expected to; check on a test load)
IF OBJECT_ID(N'[dbo].[Orders]', N'U') IS NULL
CREATE TABLE [dbo].[Orders] (
  [OrderID] int IDENTITY(1,1) NOT NULL,
  [CustomerID] nchar(5) NULL,
  [EmployeeID] int NULL,
  [OrderDate] datetime NULL,
  [RequiredDate] datetime NULL,
  [ShippedDate] datetime NULL,
  [ShipVia] int NULL,
  [Freight] money NULL CONSTRAINT [DF_Orders_Freight] DEFAULT ((0)),
  [ShipName] nvarchar(40) NULL,
  [ShipAddress] nvarchar(60) NULL,
  [ShipCity] nvarchar(15) NULL,
  [ShipRegion] nvarchar(15) NULL,
  [ShipPostalCode] nvarchar(10) NULL,
  [ShipCountry] nvarchar(15) NULL,
  CONSTRAINT [PK_Orders] PRIMARY KEY ([OrderID])
);
GO

-- dbo.Products: IDENTITY column: the load must insert the source values with SET IDENTITY_INSERT ON (DMS full load is expected to; check on a test load)
IF OBJECT_ID(N'[dbo].[Products]', N'U') IS NULL
CREATE TABLE [dbo].[Products] (
  [ProductID] int IDENTITY(1,1) NOT NULL,
  [ProductName] nvarchar(40) NOT NULL,
  [SupplierID] int NULL,
  [CategoryID] int NULL,
  [QuantityPerUnit] nvarchar(20) NULL,
  [UnitPrice] money NULL CONSTRAINT [DF_Products_UnitPrice] DEFAULT ((0)),
  [UnitsInStock] smallint NULL CONSTRAINT [DF_Products_UnitsInStock] DEFAULT ((0)),
  [UnitsOnOrder] smallint NULL CONSTRAINT [DF_Products_UnitsOnOrder] DEFAULT ((0)),
  [ReorderLevel] smallint NULL CONSTRAINT [DF_Products_ReorderLevel] DEFAULT ((0)),
  [Discontinued] bit NOT NULL CONSTRAINT [DF_Products_Discontinued] DEFAULT ((0)),
  CONSTRAINT [PK_Products] PRIMARY KEY ([ProductID])
);
GO

IF OBJECT_ID(N'[dbo].[Region]', N'U') IS NULL
CREATE TABLE [dbo].[Region] (
  [RegionID] int NOT NULL,
  [RegionDescription] nchar(50) NOT NULL,
  CONSTRAINT [PK_Region] PRIMARY KEY ([RegionID])
);
GO

-- dbo.Shippers: IDENTITY column: the load must insert the source values with SET IDENTITY_INSERT ON (DMS full load is expected to; check on a test load)
IF OBJECT_ID(N'[dbo].[Shippers]', N'U') IS NULL
CREATE TABLE [dbo].[Shippers] (
  [ShipperID] int IDENTITY(1,1) NOT NULL,
  [CompanyName] nvarchar(40) NOT NULL,
  [Phone] nvarchar(24) NULL,
  CONSTRAINT [PK_Shippers] PRIMARY KEY ([ShipperID])
);
GO

-- dbo.Suppliers: IDENTITY column: the load must insert the source values with SET IDENTITY_INSERT ON (DMS full load is expected to; check on a test load)
IF OBJECT_ID(N'[dbo].[Suppliers]', N'U') IS NULL
CREATE TABLE [dbo].[Suppliers] (
  [SupplierID] int IDENTITY(1,1) NOT NULL,
  [CompanyName] nvarchar(40) NOT NULL,
  [ContactName] nvarchar(30) NULL,
  [ContactTitle] nvarchar(30) NULL,
  [Address] nvarchar(60) NULL,
  [City] nvarchar(15) NULL,
  [Region] nvarchar(15) NULL,
  [PostalCode] nvarchar(10) NULL,
  [Country] nvarchar(15) NULL,
  [Phone] nvarchar(24) NULL,
  [Fax] nvarchar(24) NULL,
  [HomePage] ntext NULL,
  CONSTRAINT [PK_Suppliers] PRIMARY KEY ([SupplierID])
);
GO

IF OBJECT_ID(N'[dbo].[Territories]', N'U') IS NULL
CREATE TABLE [dbo].[Territories] (
  [TerritoryID] nvarchar(20) NOT NULL,
  [TerritoryDescription] nchar(50) NOT NULL,
  [RegionID] int NOT NULL,
  CONSTRAINT [PK_Territories] PRIMARY KEY ([TerritoryID])
);
GO
