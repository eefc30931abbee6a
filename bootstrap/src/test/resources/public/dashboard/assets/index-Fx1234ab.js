console.log("dashboard-fixture");
