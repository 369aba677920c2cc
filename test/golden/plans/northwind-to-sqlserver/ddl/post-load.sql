-- erp-migrate post-load DDL for sqlserver: unique constraints, indexes, foreign keys, identity reseeds.
-- Run after the full load (and before CDC cutover) with sqlcmd or SSMS. Idempotent: every statement is guarded.

-- secondary indexes

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'CategoryName' AND object_id = OBJECT_ID(N'[dbo].[Categories]'))
CREATE NONCLUSTERED INDEX [CategoryName] ON [dbo].[Categories] ([CategoryName]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'City' AND object_id = OBJECT_ID(N'[dbo].[Customers]'))
CREATE NONCLUSTERED INDEX [City] ON [dbo].[Customers] ([City]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'CompanyName' AND object_id = OBJECT_ID(N'[dbo].[Customers]'))
CREATE NONCLUSTERED INDEX [CompanyName] ON [dbo].[Customers] ([CompanyName]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'PostalCode' AND object_id = OBJECT_ID(N'[dbo].[Customers]'))
CREATE NONCLUSTERED INDEX [PostalCode] ON [dbo].[Customers] ([PostalCode]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'Region' AND object_id = OBJECT_ID(N'[dbo].[Customers]'))
CREATE NONCLUSTERED INDEX [Region] ON [dbo].[Customers] ([Region]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'LastName' AND object_id = OBJECT_ID(N'[dbo].[Employees]'))
CREATE NONCLUSTERED INDEX [LastName] ON [dbo].[Employees] ([LastName]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'PostalCode' AND object_id = OBJECT_ID(N'[dbo].[Employees]'))
CREATE NONCLUSTERED INDEX [PostalCode] ON [dbo].[Employees] ([PostalCode]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'OrderID' AND object_id = OBJECT_ID(N'[dbo].[Order Details]'))
CREATE NONCLUSTERED INDEX [OrderID] ON [dbo].[Order Details] ([OrderID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'OrdersOrder_Details' AND object_id = OBJECT_ID(N'[dbo].[Order Details]'))
CREATE NONCLUSTERED INDEX [OrdersOrder_Details] ON [dbo].[Order Details] ([OrderID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ProductID' AND object_id = OBJECT_ID(N'[dbo].[Order Details]'))
CREATE NONCLUSTERED INDEX [ProductID] ON [dbo].[Order Details] ([ProductID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ProductsOrder_Details' AND object_id = OBJECT_ID(N'[dbo].[Order Details]'))
CREATE NONCLUSTERED INDEX [ProductsOrder_Details] ON [dbo].[Order Details] ([ProductID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'CustomerID' AND object_id = OBJECT_ID(N'[dbo].[Orders]'))
CREATE NONCLUSTERED INDEX [CustomerID] ON [dbo].[Orders] ([CustomerID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'CustomersOrders' AND object_id = OBJECT_ID(N'[dbo].[Orders]'))
CREATE NONCLUSTERED INDEX [CustomersOrders] ON [dbo].[Orders] ([CustomerID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'EmployeeID' AND object_id = OBJECT_ID(N'[dbo].[Orders]'))
CREATE NONCLUSTERED INDEX [EmployeeID] ON [dbo].[Orders] ([EmployeeID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'EmployeesOrders' AND object_id = OBJECT_ID(N'[dbo].[Orders]'))
CREATE NONCLUSTERED INDEX [EmployeesOrders] ON [dbo].[Orders] ([EmployeeID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'OrderDate' AND object_id = OBJECT_ID(N'[dbo].[Orders]'))
CREATE NONCLUSTERED INDEX [OrderDate] ON [dbo].[Orders] ([OrderDate]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ShipPostalCode' AND object_id = OBJECT_ID(N'[dbo].[Orders]'))
CREATE NONCLUSTERED INDEX [ShipPostalCode] ON [dbo].[Orders] ([ShipPostalCode]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ShippedDate' AND object_id = OBJECT_ID(N'[dbo].[Orders]'))
CREATE NONCLUSTERED INDEX [ShippedDate] ON [dbo].[Orders] ([ShippedDate]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ShippersOrders' AND object_id = OBJECT_ID(N'[dbo].[Orders]'))
CREATE NONCLUSTERED INDEX [ShippersOrders] ON [dbo].[Orders] ([ShipVia]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'CategoriesProducts' AND object_id = OBJECT_ID(N'[dbo].[Products]'))
CREATE NONCLUSTERED INDEX [CategoriesProducts] ON [dbo].[Products] ([CategoryID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'CategoryID' AND object_id = OBJECT_ID(N'[dbo].[Products]'))
CREATE NONCLUSTERED INDEX [CategoryID] ON [dbo].[Products] ([CategoryID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ProductName' AND object_id = OBJECT_ID(N'[dbo].[Products]'))
CREATE NONCLUSTERED INDEX [ProductName] ON [dbo].[Products] ([ProductName]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'SupplierID' AND object_id = OBJECT_ID(N'[dbo].[Products]'))
CREATE NONCLUSTERED INDEX [SupplierID] ON [dbo].[Products] ([SupplierID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'SuppliersProducts' AND object_id = OBJECT_ID(N'[dbo].[Products]'))
CREATE NONCLUSTERED INDEX [SuppliersProducts] ON [dbo].[Products] ([SupplierID]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'CompanyName' AND object_id = OBJECT_ID(N'[dbo].[Suppliers]'))
CREATE NONCLUSTERED INDEX [CompanyName] ON [dbo].[Suppliers] ([CompanyName]);
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'PostalCode' AND object_id = OBJECT_ID(N'[dbo].[Suppliers]'))
CREATE NONCLUSTERED INDEX [PostalCode] ON [dbo].[Suppliers] ([PostalCode]);
GO

-- foreign keys

IF OBJECT_ID(N'[dbo].[FK_CustomerCustomerDemo]', N'F') IS NULL
ALTER TABLE [dbo].[CustomerCustomerDemo] ADD CONSTRAINT [FK_CustomerCustomerDemo] FOREIGN KEY ([CustomerTypeID]) REFERENCES [dbo].[CustomerDemographics] ([CustomerTypeID]);
GO

IF OBJECT_ID(N'[dbo].[FK_CustomerCustomerDemo_Customers]', N'F') IS NULL
ALTER TABLE [dbo].[CustomerCustomerDemo] ADD CONSTRAINT [FK_CustomerCustomerDemo_Customers] FOREIGN KEY ([CustomerID]) REFERENCES [dbo].[Customers] ([CustomerID]);
GO

IF OBJECT_ID(N'[dbo].[FK_EmployeeTerritories_Employees]', N'F') IS NULL
ALTER TABLE [dbo].[EmployeeTerritories] ADD CONSTRAINT [FK_EmployeeTerritories_Employees] FOREIGN KEY ([EmployeeID]) REFERENCES [dbo].[Employees] ([EmployeeID]);
GO

IF OBJECT_ID(N'[dbo].[FK_EmployeeTerritories_Territories]', N'F') IS NULL
ALTER TABLE [dbo].[EmployeeTerritories] ADD CONSTRAINT [FK_EmployeeTerritories_Territories] FOREIGN KEY ([TerritoryID]) REFERENCES [dbo].[Territories] ([TerritoryID]);
GO

IF OBJECT_ID(N'[dbo].[FK_Employees_Employees]', N'F') IS NULL
ALTER TABLE [dbo].[Employees] ADD CONSTRAINT [FK_Employees_Employees] FOREIGN KEY ([ReportsTo]) REFERENCES [dbo].[Employees] ([EmployeeID]);
GO

IF OBJECT_ID(N'[dbo].[FK_Order_Details_Orders]', N'F') IS NULL
ALTER TABLE [dbo].[Order Details] ADD CONSTRAINT [FK_Order_Details_Orders] FOREIGN KEY ([OrderID]) REFERENCES [dbo].[Orders] ([OrderID]);
GO

IF OBJECT_ID(N'[dbo].[FK_Order_Details_Products]', N'F') IS NULL
ALTER TABLE [dbo].[Order Details] ADD CONSTRAINT [FK_Order_Details_Products] FOREIGN KEY ([ProductID]) REFERENCES [dbo].[Products] ([ProductID]);
GO

IF OBJECT_ID(N'[dbo].[FK_Orders_Customers]', N'F') IS NULL
ALTER TABLE [dbo].[Orders] ADD CONSTRAINT [FK_Orders_Customers] FOREIGN KEY ([CustomerID]) REFERENCES [dbo].[Customers] ([CustomerID]);
GO

IF OBJECT_ID(N'[dbo].[FK_Orders_Employees]', N'F') IS NULL
ALTER TABLE [dbo].[Orders] ADD CONSTRAINT [FK_Orders_Employees] FOREIGN KEY ([EmployeeID]) REFERENCES [dbo].[Employees] ([EmployeeID]);
GO

IF OBJECT_ID(N'[dbo].[FK_Orders_Shippers]', N'F') IS NULL
ALTER TABLE [dbo].[Orders] ADD CONSTRAINT [FK_Orders_Shippers] FOREIGN KEY ([ShipVia]) REFERENCES [dbo].[Shippers] ([ShipperID]);
GO

IF OBJECT_ID(N'[dbo].[FK_Products_Categories]', N'F') IS NULL
ALTER TABLE [dbo].[Products] ADD CONSTRAINT [FK_Products_Categories] FOREIGN KEY ([CategoryID]) REFERENCES [dbo].[Categories] ([CategoryID]);
GO

IF OBJECT_ID(N'[dbo].[FK_Products_Suppliers]', N'F') IS NULL
ALTER TABLE [dbo].[Products] ADD CONSTRAINT [FK_Products_Suppliers] FOREIGN KEY ([SupplierID]) REFERENCES [dbo].[Suppliers] ([SupplierID]);
GO

IF OBJECT_ID(N'[dbo].[FK_Territories_Region]', N'F') IS NULL
ALTER TABLE [dbo].[Territories] ADD CONSTRAINT [FK_Territories_Region] FOREIGN KEY ([RegionID]) REFERENCES [dbo].[Region] ([RegionID]);
GO

-- identity reseeds: next value past the loaded values

DBCC CHECKIDENT (N'[dbo].[Categories]', RESEED) WITH NO_INFOMSGS;
GO

DBCC CHECKIDENT (N'[dbo].[Employees]', RESEED) WITH NO_INFOMSGS;
GO

DBCC CHECKIDENT (N'[dbo].[Orders]', RESEED) WITH NO_INFOMSGS;
GO

DBCC CHECKIDENT (N'[dbo].[Products]', RESEED) WITH NO_INFOMSGS;
GO

DBCC CHECKIDENT (N'[dbo].[Shippers]', RESEED) WITH NO_INFOMSGS;
GO

DBCC CHECKIDENT (N'[dbo].[Suppliers]', RESEED) WITH NO_INFOMSGS;
GO
